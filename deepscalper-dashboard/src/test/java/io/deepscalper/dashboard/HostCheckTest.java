package io.deepscalper.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostCheckTest {
    @TempDir
    Path dir;

    @Test
    void loopbackNamesWithOrWithoutPortAreAnsweredOthersNot() {
        for (String ok : new String[] {"127.0.0.1:7070", "localhost:7070", "LOCALHOST", "[::1]:7070", "::1", "127.0.1.1",
                null, ""}) {
            assertThat(HostCheck.loopbackHost(ok)).as(String.valueOf(ok)).isTrue();
        }
        for (String bad : new String[] {"evil.example:7070", "localhost.evil.example", "10.0.0.5:7070", "[2001:db8::1]:80"}) {
            assertThat(HostCheck.loopbackHost(bad)).as(bad).isFalse();
        }
    }

    @Test
    void aRequestAddressedToAnotherNameIsRefusedWith403() throws IOException {
        try (DashboardServer s = DashboardServer.start(DashboardOptions.loopback(dir, 0))) {
            assertThat(rawGet(s.port(), "rebound.example:" + s.port())).startsWith("HTTP/1.1 403")
                    .contains("127.0.0.1 or localhost only");
            assertThat(rawGet(s.port(), "localhost:" + s.port())).startsWith("HTTP/1.1 200");
        }
    }

    /** A GET with a chosen Host header; java.net.http does not let a caller set that header. */
    private static String rawGet(int port, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/overview HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
