package io.deepscalper.data.cache;

/** A cache file failed its integrity checks; the cache quarantines it and the data is refetched. */
public class CorruptCacheFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param file   the file's name
     * @param reason what check failed
     */
    public CorruptCacheFileException(String file, String reason) {
        super("cache file " + file + " is corrupt: " + reason + "; it is moved aside and its bars are refetched");
    }
}
