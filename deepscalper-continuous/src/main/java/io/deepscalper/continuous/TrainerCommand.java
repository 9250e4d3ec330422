package io.deepscalper.continuous;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.deepscalper.api.continuous.RetrainRequest;
import java.util.Objects;

/**
 * A request from the CLI to a running trainer, carried as a JSON file in {@code commands/}.
 *
 * @param type    what to do
 * @param retrain the retrain request, for {@link Type#RETRAIN}; null otherwise
 * @param reason  free text shown in the trainer's log and stored with the event
 */
public record TrainerCommand(Type type, RetrainRequest retrain, String reason) {

    /** The kinds of command. */
    public enum Type {
        /** Retrain as soon as the current cycle allows. */
        RETRAIN,
        /** Stop gracefully: finish the current step, write a checkpoint, release the lock. */
        STOP
    }

    /** Validates that a retrain command carries its request. */
    @JsonCreator
    public TrainerCommand(@JsonProperty("type") Type type, @JsonProperty("retrain") RetrainRequest retrain,
                          @JsonProperty("reason") String reason) {
        this.type = Objects.requireNonNull(type, "command type");
        if (type == Type.RETRAIN && retrain == null) {
            throw new IllegalArgumentException("a RETRAIN command needs its retrain request");
        }
        this.retrain = retrain;
        this.reason = reason == null ? "" : reason;
    }

    /** @return a retrain command */
    public static TrainerCommand retrain(RetrainRequest request) {
        return new TrainerCommand(Type.RETRAIN, request, "retrain requested by " + request.requestedBy());
    }

    /** @return a stop command */
    public static TrainerCommand stop(String reason) {
        return new TrainerCommand(Type.STOP, null, reason);
    }
}
