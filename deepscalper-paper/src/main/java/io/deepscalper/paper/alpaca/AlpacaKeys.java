package io.deepscalper.paper.alpaca;

import io.deepscalper.api.config.InvalidConfigException;
import java.util.Map;

/**
 * The API key pair, read from the environment ({@code APCA_API_KEY_ID}, {@code APCA_API_SECRET_KEY}, the names
 * Alpaca's own clients use). {@link #toString} never shows them, and no message of this package contains them.
 */
final class AlpacaKeys {
    static final String KEY_ID = "APCA_API_KEY_ID";
    static final String SECRET = "APCA_API_SECRET_KEY";

    private final String keyId;
    private final String secret;

    private AlpacaKeys(String keyId, String secret) {
        this.keyId = keyId;
        this.secret = secret;
    }

    /** @throws InvalidConfigException naming the missing variable (never a value) */
    static AlpacaKeys from(Map<String, String> environment) {
        String id = environment.get(KEY_ID);
        String secret = environment.get(SECRET);
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
            throw new InvalidConfigException(id == null || id.isBlank() ? KEY_ID : SECRET, "the alpaca broker needs "
                    + "the paper account's keys in the environment variables " + KEY_ID + " and " + SECRET
                    + " (create them on the paper dashboard at https://app.alpaca.markets/paper/dashboard/overview)");
        }
        return new AlpacaKeys(id.trim(), secret.trim());
    }

    String keyId() {
        return keyId;
    }

    String secret() {
        return secret;
    }

    @Override
    public String toString() {
        return "AlpacaKeys[redacted]";
    }
}
