package io.deepscalper.continuous;

import java.nio.file.Path;
import java.util.Optional;

/** Thrown when a second trainer is started on a working directory whose lock is held. */
public class TrainerAlreadyRunningException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * @param workdir the working directory
     * @param pid     the running trainer's pid, if known
     */
    public TrainerAlreadyRunningException(Path workdir, Optional<Long> pid) {
        super("a trainer " + pid.map(p -> "(pid " + p + ") ").orElse("") + "already runs in "
                + workdir.toAbsolutePath() + "; stop it with 'deepscalper stop' or use another --workdir");
    }
}
