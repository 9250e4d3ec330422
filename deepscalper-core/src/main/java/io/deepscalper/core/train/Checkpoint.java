package io.deepscalper.core.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.api.io.Json;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.CorruptParameterFileException;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Everything needed to continue training exactly where it stopped: configs, a fingerprint of the
 * data, counters, the actions taken so far in the current episode (replayed on resume to rebuild
 * the environment's state), the three random generators, the online and target parameters, Adam's
 * moments and the replay buffer.
 *
 * <p>File layout: magic {@code DSCKPT01}, a length-prefixed UTF-8 JSON header, the float arrays
 * (online, target, Adam mean, Adam variance, each length-prefixed, big-endian), the length-prefixed
 * replay bytes, and a trailing SHA-256 of everything before it. Files are written atomically; a
 * damaged file is reported, never silently replaced by a fresh start.
 *
 * @param train          training settings
 * @param env            environment settings
 * @param network        network shape
 * @param data           fingerprint of the training data (symbol, bars, first and last bar start, sessions)
 * @param step           environment steps done
 * @param updates        learner updates done
 * @param episodes       finished episodes
 * @param session        session of the current episode, -1 when none is running
 * @param episodeActions actions taken so far in the current episode
 * @param exploreRng     state of the exploration generator
 * @param replayRng      state of the replay sampling generator
 * @param sessionRng     state of the session choice generator
 * @param online         online parameters in flat order
 * @param target         target parameters in flat order
 * @param adamMean       Adam first moments
 * @param adamVariance   Adam second moments
 * @param replay         the replay buffer as written by {@code PrioritizedReplay.writeTo}
 */
public record Checkpoint(TrainConfig train, EnvConfig env, NetworkConfig network, String data, long step,
                         long updates, long episodes, int session, int[] episodeActions, long exploreRng,
                         long replayRng, long sessionRng, float[] online, float[] target, float[] adamMean,
                         float[] adamVariance, byte[] replay) {
    /** Magic bytes. */
    public static final String MAGIC = "DSCKPT01";
    /** The file name trainers use inside a checkpoint directory. */
    public static final String FILE_NAME = "checkpoint.bin";
    private static final ObjectMapper JSON = Json.mapper();
    private static final int DIGEST = 32;

    /**
     * Writes atomically.
     *
     * @param file target file
     * @throws IOException when writing fails; an older checkpoint is then left intact
     */
    public void write(Path file) throws IOException {
        ObjectNode h = JSON.createObjectNode();
        h.put("format", 1);
        h.set("train", JSON.valueToTree(train));
        h.set("env", JSON.valueToTree(env));
        h.set("network", JSON.valueToTree(network));
        h.put("data", data);
        h.put("step", step);
        h.put("updates", updates);
        h.put("episodes", episodes);
        h.put("session", session);
        ArrayNode acts = h.putArray("episodeActions");
        for (int a : episodeActions) {
            acts.add(a);
        }
        h.put("exploreRng", exploreRng);
        h.put("replayRng", replayRng);
        h.put("sessionRng", sessionRng);
        byte[] header = JSON.writeValueAsBytes(h);
        AtomicFiles.write(file, raw -> {
            MessageDigest md = sha256();
            DataOutputStream out = new DataOutputStream(new DigestOutputStream(raw, md));
            out.write(MAGIC.getBytes(StandardCharsets.US_ASCII));
            out.writeInt(header.length);
            out.write(header);
            for (float[] a : new float[][] {online, target, adamMean, adamVariance}) {
                out.writeInt(a.length);
                for (float f : a) {
                    out.writeFloat(f);
                }
            }
            out.writeInt(replay.length);
            out.write(replay);
            out.flush();
            raw.write(md.digest());
        });
    }

    /**
     * Checks that a trainer may resume from this checkpoint: the same network, the same data and sessions, and the
     * same training settings except {@code totalSteps} (a resume may train longer or shorter).
     *
     * @param network the trainer's network
     * @param data    the fingerprint of the trainer's data
     * @param train   the trainer's settings
     * @param file    where the checkpoint was read from, for the message
     * @throws IllegalArgumentException          when the network or the settings differ
     * @throws CheckpointDataMismatchException when the data differ
     */
    void requireResumableBy(NetworkConfig network, String data, TrainConfig train, Path file) {
        if (!network().equals(network)) {
            throw new IllegalArgumentException("checkpoint " + file + " holds network " + network()
                    + " but this trainer builds " + network + "; use the same TrainConfig and EnvConfig");
        }
        if (!data().equals(data)) {
            throw new CheckpointDataMismatchException("checkpoint " + file + " was trained on " + data()
                    + " but this trainer has " + data + "; resume with the same data and sessions");
        }
        if (!train().toBuilder().totalSteps(train.totalSteps()).build().equals(train)) {
            throw new IllegalArgumentException("checkpoint " + file + " was written with " + train()
                    + " but this trainer has " + train + "; only totalSteps may change on resume");
        }
    }

    /**
     * @param file a checkpoint file
     * @return its content
     * @throws NoSuchFileException           when there is no checkpoint
     * @throws CorruptParameterFileException when it is truncated, altered or of another format
     * @throws IOException                   when it cannot be read
     */
    public static Checkpoint read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < MAGIC.length() + 4 + DIGEST
                || !MAGIC.equals(new String(bytes, 0, MAGIC.length(), StandardCharsets.US_ASCII))) {
            throw corrupt(file, "it is not a deepscalper checkpoint (magic " + MAGIC + " missing)");
        }
        MessageDigest md = sha256();
        md.update(bytes, 0, bytes.length - DIGEST);
        if (!MessageDigest.isEqual(md.digest(), Arrays.copyOfRange(bytes, bytes.length - DIGEST, bytes.length))) {
            throw corrupt(file, "its SHA-256 does not match: the file is truncated or was modified");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length(),
                bytes.length - DIGEST - MAGIC.length()))) {
            byte[] header = new byte[in.readInt()];
            in.readFully(header);
            JsonNode h = JSON.readTree(header);
            if (h.path("format").asInt() != 1) {
                throw corrupt(file, "checkpoint format " + h.path("format") + " is not supported");
            }
            int[] actions = new int[h.get("episodeActions").size()];
            for (int i = 0; i < actions.length; i++) {
                actions[i] = h.get("episodeActions").get(i).asInt();
            }
            float[][] arrays = new float[4][];
            for (int k = 0; k < 4; k++) {
                arrays[k] = new float[in.readInt()];
                for (int i = 0; i < arrays[k].length; i++) {
                    arrays[k][i] = in.readFloat();
                }
            }
            byte[] replay = new byte[in.readInt()];
            in.readFully(replay);
            return new Checkpoint(JSON.treeToValue(h.get("train"), TrainConfig.class),
                    JSON.treeToValue(h.get("env"), EnvConfig.class),
                    JSON.treeToValue(h.get("network"), NetworkConfig.class), h.get("data").asText(),
                    h.get("step").asLong(), h.get("updates").asLong(), h.get("episodes").asLong(),
                    h.get("session").asInt(), actions, h.get("exploreRng").asLong(), h.get("replayRng").asLong(),
                    h.get("sessionRng").asLong(), arrays[0], arrays[1], arrays[2], arrays[3], replay);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CorruptParameterFileException c) {
                throw c;
            }
            throw corrupt(file, "its content cannot be parsed (" + e.getMessage() + ")");
        }
    }

    /**
     * @return a description of the training data that a resume must match
     */
    static String fingerprint(SessionSeries s, int from, int to) {
        BarSeries b = s.bars();
        return s.symbol() + ":" + b.size() + " bars " + b.start(0) + ".." + b.start(b.size() - 1) + ", train sessions "
                + s.sessions().get(from).date() + ".." + s.sessions().get(to - 1).date();
    }

    private static CorruptParameterFileException corrupt(Path file, String why) {
        return new CorruptParameterFileException("checkpoint " + file + " is unusable: " + why + ". Delete it to "
                + "start training from scratch, or restore a backup; training did not start.");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
