package io.deepscalper.registry.export;

import io.deepscalper.api.nn.QOutputs;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Child-JVM side of {@link DjlExportTest}: loads a djl export with the public API and writes its outputs. */
public final class DjlExportChild {
    private DjlExportChild() {
    }

    /** @param args export folder, observations file (LE float32), batch, output file */
    public static void main(String[] args) throws Exception {
        byte[] raw = Files.readAllBytes(Path.of(args[1]));
        float[] x = new float[raw.length / 4];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(x);
        try (DjlQNetwork net = DjlModelLoader.load(Path.of(args[0]), 1)) {
            QOutputs o = net.forward(x, Integer.parseInt(args[2]));
            ByteBuffer out = ByteBuffer.allocate(4 * (o.priceQ().length + o.quantityQ().length + o.value().length
                    + o.aux().length)).order(ByteOrder.LITTLE_ENDIAN);
            out.asFloatBuffer().put(o.priceQ()).put(o.quantityQ()).put(o.value()).put(o.aux());
            Files.write(Path.of(args[3]), out.array());
        }
    }
}
