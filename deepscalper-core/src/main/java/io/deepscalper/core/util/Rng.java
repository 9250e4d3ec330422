package io.deepscalper.core.util;

/**
 * A small, fast, seedable random generator whose whole state is one {@code long}, so that
 * checkpoints can save and restore it exactly (SplitMix64, the generator behind
 * {@link java.util.SplittableRandom}).
 *
 * <p>Not thread-safe; give each consumer its own instance, derived with {@link #split()}.
 */
public final class Rng {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private long state;

    /** @param seed any value; equal seeds give equal sequences */
    public Rng(long seed) {
        this.state = mix64(seed);
    }

    private Rng(long state, boolean raw) {
        this.state = state;
    }

    /** @return a restored generator from {@link #state()} */
    public static Rng fromState(long state) {
        return new Rng(state, true);
    }

    /** @return the complete state, for checkpoints */
    public long state() {
        return state;
    }

    /** @return the next 64 random bits */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix64(state);
    }

    /** @return uniform in {@code [0, 1)} */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * @param bound exclusive upper bound, positive
     * @return uniform in {@code [0, bound)}
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive but was " + bound);
        }
        // Lemire's multiply-shift; the bias for bounds far below 2^32 is negligible (< 2^-32 per draw)
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** @return a standard normal draw (Box-Muller, one value per call) */
    public double nextGaussian() {
        double u1 = nextDouble();
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(1.0 - u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    /** @return an independent generator seeded from this one */
    public Rng split() {
        return new Rng(nextLong());
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
