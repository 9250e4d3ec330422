package io.deepscalper.registry.export;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import io.deepscalper.api.nn.NamedTensor;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.registry.params.CanonicalLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

/**
 * Builds the ONNX graph of the branching dueling Q-network directly as a {@code ModelProto}
 * (docs/architecture.md, "Export"): Gemm + Relu layers, and ReduceMean, Sub and Add for the dueling step
 * {@code Q_d = V + A_d - mean(A_d)}. Opset 13, IR version 7, a dynamic batch dimension.
 *
 * <p>Input {@code observation [batch, inputSize]}; outputs {@code price_q [batch, priceBins]},
 * {@code quantity_q [batch, quantityBins]}, {@code value [batch, 1]}, {@code aux [batch, 1]}. Initializers
 * keep the canonical parameter names, so a graph can be traced back to the registry version.
 */
public final class OnnxModelBuilder {
    /** Opset of the default ONNX domain. */
    public static final int OPSET = 13;
    /** ONNX IR version matching opset 13. */
    public static final int IR_VERSION = 7;
    /** Input tensor name. */
    public static final String INPUT = "observation";
    /** Output tensor names, in output order. */
    public static final String PRICE_Q = "price_q";
    /** Quantity-branch Q-values. */
    public static final String QUANTITY_Q = "quantity_q";
    /** State value. */
    public static final String VALUE = "value";
    /** Auxiliary volatility prediction. */
    public static final String AUX = "aux";
    private static final String BATCH = "batch";

    private OnnxModelBuilder() {
    }

    /**
     * @param c        network shape
     * @param p        parameters matching {@code c}
     * @param metadata free-form key/value pairs stored in the model (version id, creation time, ...)
     * @return the serialised {@code ModelProto}
     */
    public static byte[] build(NetworkConfig c, ParameterSet p, Map<String, String> metadata) {
        CanonicalLayout.check(c, p);
        GraphProto.Builder g = GraphProto.newBuilder().setName("deepscalper_branching_dueling_q");
        for (NamedTensor t : p.tensors()) {
            g.addInitializer(initializer(t));
        }
        g.addInput(tensorInfo(INPUT, c.inputSize()));

        String x = INPUT;
        for (int i = 0; i < c.trunkSizes().size(); i++) {
            x = linear(g, "trunk." + i, x, true);
        }
        String v = head(g, "value", x);
        String priceA = head(g, "price", x);
        String quantityA = head(g, "quantity", x);
        String aux = head(g, "aux", x);
        dueling(g, "price", v, priceA, PRICE_Q);
        dueling(g, "quantity", v, quantityA, QUANTITY_Q);
        g.addNode(node("Identity", "value_out", VALUE, v));
        g.addNode(node("Identity", "aux_out", AUX, aux));

        g.addOutput(tensorInfo(PRICE_Q, c.priceBins()));
        g.addOutput(tensorInfo(QUANTITY_Q, c.quantityBins()));
        g.addOutput(tensorInfo(VALUE, 1));
        g.addOutput(tensorInfo(AUX, 1));

        ModelProto.Builder m = ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .setProducerName("deepscalper")
                .setProducerVersion(producerVersion())
                .setDocString("DeepScalper branching dueling Q-network: " + c)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setGraph(g);
        metadata.forEach((k, val) -> m.addMetadataProps(StringStringEntryProto.newBuilder().setKey(k).setValue(val)));
        return m.build().toByteArray();
    }

    private static String producerVersion() {
        String v = OnnxModelBuilder.class.getPackage().getImplementationVersion();
        return v != null ? v : "development";
    }

    private static String head(GraphProto.Builder g, String head, String x) {
        String h = linear(g, head + ".0", x, true);
        return linear(g, head + ".1", h, false);
    }

    /** {@code y = x W^T + b}: Gemm with transB=1 because weights are stored [out, in] like PyTorch. */
    private static String linear(GraphProto.Builder g, String layer, String x, boolean relu) {
        String y = layer + ".gemm";
        g.addNode(node("Gemm", layer, y, x, layer + ".weight", layer + ".bias").toBuilder()
                .addAttribute(AttributeProto.newBuilder().setName("transB").setType(AttributeProto.AttributeType.INT)
                        .setI(1))
                .build());
        if (!relu) {
            return y;
        }
        String r = layer + ".relu";
        g.addNode(node("Relu", layer + "_relu", r, y));
        return r;
    }

    private static void dueling(GraphProto.Builder g, String branch, String v, String a, String out) {
        String mean = branch + ".adv_mean";
        String centred = branch + ".adv_centred";
        g.addNode(node("ReduceMean", branch + "_mean", mean, a).toBuilder()
                .addAttribute(AttributeProto.newBuilder().setName("axes").setType(AttributeProto.AttributeType.INTS)
                        .addInts(1))
                .addAttribute(AttributeProto.newBuilder().setName("keepdims").setType(AttributeProto.AttributeType.INT)
                        .setI(1))
                .build());
        g.addNode(node("Sub", branch + "_centre", centred, a, mean));
        g.addNode(node("Add", branch + "_q", out, v, centred));
    }

    private static NodeProto node(String op, String name, String output, String... inputs) {
        NodeProto.Builder n = NodeProto.newBuilder().setOpType(op).setName(name).addOutput(output);
        for (String in : inputs) {
            n.addInput(in);
        }
        return n.build();
    }

    private static TensorProto initializer(NamedTensor t) {
        ByteBuffer raw = ByteBuffer.allocate(t.data().length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(t.data());
        TensorProto.Builder b = TensorProto.newBuilder().setName(t.name())
                .setDataType(TensorProto.DataType.FLOAT.getNumber())
                .setRawData(ByteString.copyFrom(raw));
        for (long d : t.shape()) {
            b.addDims(d);
        }
        return b.build();
    }

    private static ValueInfoProto tensorInfo(String name, int width) {
        TensorShapeProto shape = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(BATCH))
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(width))
                .build();
        TypeProto type = TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder()
                .setElemType(TensorProto.DataType.FLOAT.getNumber()).setShape(shape)).build();
        return ValueInfoProto.newBuilder().setName(name).setType(type).build();
    }
}
