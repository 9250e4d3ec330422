package io.deepscalper.core.train;

/**
 * The one-sided 5 % points of Student's t distribution, the evidence bar of validation-based selection
 * ({@link TrainerBuilder#selectOnValidation()}). Why not the normal 1.645: a t-statistic of {@code n} daily
 * returns has {@code n - 1} degrees of freedom, and on the few validation sessions of a small walk-forward fold
 * (2 sessions: 1 degree of freedom, where the 5 % point is 6.31) the normal bar lets a snapshot through on
 * luck (measured in docs/learning.md). Values from the standard table for 1 to 30 degrees of freedom; above
 * 30 the normal point, which the table approaches (1.697 at 30).
 */
final class OneSidedStudentT {
    private static final double[] FIVE_PERCENT = {6.314, 2.920, 2.353, 2.132, 2.015, 1.943, 1.895, 1.860, 1.833,
            1.812, 1.796, 1.782, 1.771, 1.761, 1.753, 1.746, 1.740, 1.734, 1.729, 1.725, 1.721, 1.717, 1.714, 1.711,
            1.708, 1.706, 1.703, 1.701, 1.699, 1.697};

    private OneSidedStudentT() {
    }

    /**
     * @param degreesOfFreedom {@code >= 1}
     * @return the one-sided 5 % point of Student's t with that many degrees of freedom
     */
    static double fivePercent(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1, got " + degreesOfFreedom);
        }
        return degreesOfFreedom <= FIVE_PERCENT.length ? FIVE_PERCENT[degreesOfFreedom - 1]
                : TrainerBuilder.DEFAULT_SELECTION_MIN_T;
    }
}
