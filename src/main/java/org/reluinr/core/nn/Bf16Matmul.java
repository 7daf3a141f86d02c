package org.reluinr.core.nn;

import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_SRC;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_WEIGHTS;
import static org.bytedeco.dnnl.global.dnnl.dnnl_ab;
import static org.bytedeco.dnnl.global.dnnl.dnnl_ba;
import static org.bytedeco.dnnl.global.dnnl.dnnl_bf16;
import static org.bytedeco.dnnl.global.dnnl.dnnl_cpu;
import static org.bytedeco.dnnl.global.dnnl.dnnl_cpu_isa_avx512_core_bf16;
import static org.bytedeco.dnnl.global.dnnl.dnnl_data_type_undef;
import static org.bytedeco.dnnl.global.dnnl.dnnl_f32;
import static org.bytedeco.dnnl.global.dnnl.dnnl_stream_default_flags;
import static org.bytedeco.dnnl.global.dnnl.dnnl_success;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

import org.bytedeco.dnnl.dnnl_engine;
import org.bytedeco.dnnl.dnnl_exec_arg_t;
import org.bytedeco.dnnl.dnnl_memory;
import org.bytedeco.dnnl.dnnl_memory_desc;
import org.bytedeco.dnnl.dnnl_post_ops;
import org.bytedeco.dnnl.dnnl_primitive;
import org.bytedeco.dnnl.dnnl_primitive_attr;
import org.bytedeco.dnnl.dnnl_primitive_desc;
import org.bytedeco.dnnl.dnnl_stream;
import org.bytedeco.dnnl.global.dnnl;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Matrix products with bfloat16 operands and a float result, C (+)= op(A)·op(B), through
 * oneDNN's matmul (its AVX-512 BF16 kernels run about twice the float GEMM's speed on CPUs
 * that have them). One primitive is built per shape and kept; operands are passed by address.
 */
final class Bf16Matmul {

    private static final String JAVACPP_VERSION_WARNING = "Warning: Versions of org.bytedeco:javacpp:";

    private static dnnl_engine engine;
    private static dnnl_stream stream;
    private static final Map<String, Product> PRODUCTS = new HashMap<>();

    private Bf16Matmul() {
    }

    /**
     * C ← op(A)·op(B) + (accumulate ? C : 0), with op(A) of shape m×k, op(B) k×n and C m×n
     * row-major floats starting at its first element.
     */
    static synchronized void multiply(Bf16Matrix a, boolean transposeA, Bf16Matrix b, boolean transposeB,
            INDArray c, int m, int n, int k, boolean accumulate) {
        start();
        String key = m + "x" + k + "x" + n + (transposeA ? "T" : "N") + (transposeB ? "T" : "N") + accumulate;
        Product product = PRODUCTS.computeIfAbsent(key, x -> new Product(m, n, k, transposeA, transposeB, accumulate));
        product.run(a.memory(), b.memory(), c.data().addressPointer());
    }

    /**
     * Loads oneDNN, or says why the bfloat16 precisions cannot run here: its native library is
     * published for Linux, Windows and macOS on x86-64 only; it works on host memory, not on a
     * GPU backend's; and without AVX-512 BF16 its bf16 products are slower than OpenBLAS's float
     * ones (about 155 against 300 GFLOP/s with AVX-512 alone) or not implemented (AVX2).
     */
    static synchronized void start() {
        if (engine != null) {
            return;
        }
        String backend = Nd4j.getBackend().getClass().getSimpleName();
        if (!backend.startsWith("Cpu")) {
            throw new IllegalArgumentException("the bf16 precisions run with ND4J's CPU backend, not " + backend
                    + "; use precision fp32");
        }
        try {
            loadQuietly();
        } catch (UnsatisfiedLinkError e) {
            throw new IllegalArgumentException("the bf16 precisions need oneDNN's native library, which does not load on"
                    + " this machine (" + e.getMessage() + "); use precision fp32");
        }
        int isa = dnnl.dnnl_get_effective_cpu_isa();
        if ((isa & dnnl_cpu_isa_avx512_core_bf16) != dnnl_cpu_isa_avx512_core_bf16) {
            throw new IllegalArgumentException("the bf16 precisions need a CPU with AVX-512 BF16 (e.g. AMD Zen 4 or"
                    + " newer, Intel Cooper Lake, Sapphire Rapids or newer); on this one bfloat16 products are not"
                    + " faster than float: use precision fp32");
        }
        PointerPointer<dnnl_engine> e = new PointerPointer<>(1);
        check(dnnl.dnnl_engine_create(e, dnnl_cpu, 0), "create oneDNN's CPU engine");
        engine = new dnnl_engine(e.get(0));
        PointerPointer<dnnl_stream> s = new PointerPointer<>(1);
        check(dnnl.dnnl_stream_create(s, engine, dnnl_stream_default_flags), "create a oneDNN stream");
        stream = new dnnl_stream(s.get(0));
    }

    /**
     * Loads oneDNN's library. Its bindings were built for an older JavaCPP than the one
     * OpenBLAS needs, which JavaCPP reports on standard error though the C API they bind has
     * not changed; that one line is dropped.
     */
    private static void loadQuietly() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        try {
            Loader.load(dnnl.class);
        } finally {
            System.setErr(err);
            captured.toString().lines().filter(line -> !line.startsWith(JAVACPP_VERSION_WARNING))
                    .forEach(err::println);
        }
    }

    private static void check(int status, String what) {
        if (status != dnnl_success) {
            throw new IllegalStateException("cannot " + what + " (oneDNN status " + status + ")");
        }
    }

    private static dnnl_memory_desc descriptor(long rows, long cols, int type, boolean transposed) {
        PointerPointer<dnnl_memory_desc> d = new PointerPointer<>(1);
        check(dnnl.dnnl_memory_desc_create_with_tag(d, 2, new long[] {rows, cols}, type, transposed ? dnnl_ba : dnnl_ab),
                "describe a " + rows + "×" + cols + " matrix");
        return new dnnl_memory_desc(d.get(0));
    }

    private static dnnl_memory memory(dnnl_memory_desc descriptor) {
        PointerPointer<dnnl_memory> p = new PointerPointer<>(1);
        check(dnnl.dnnl_memory_create(p, descriptor, engine, (Pointer) null), "create a oneDNN memory");
        return new dnnl_memory(p.get(0));
    }

    /** One matmul primitive and its three memory objects, whose addresses are set per call. */
    private static final class Product {
        private final dnnl_primitive primitive;
        private final dnnl_memory src;
        private final dnnl_memory weights;
        private final dnnl_memory dst;
        private final dnnl_exec_arg_t arguments;

        Product(int m, int n, int k, boolean transposeA, boolean transposeB, boolean accumulate) {
            dnnl_memory_desc srcDesc = descriptor(m, k, dnnl_bf16, transposeA);
            dnnl_memory_desc weightsDesc = descriptor(k, n, dnnl_bf16, transposeB);
            dnnl_memory_desc dstDesc = descriptor(m, n, dnnl_f32, false);
            PointerPointer<dnnl_primitive_attr> a = new PointerPointer<>(1);
            check(dnnl.dnnl_primitive_attr_create(a), "create matmul attributes");
            dnnl_primitive_attr attributes = new dnnl_primitive_attr(a.get(0));
            if (accumulate) {
                PointerPointer<dnnl_post_ops> p = new PointerPointer<>(1);
                check(dnnl.dnnl_post_ops_create(p), "create post-ops");
                dnnl_post_ops sum = new dnnl_post_ops(p.get(0));
                check(dnnl.dnnl_post_ops_append_sum(sum, 1.0f, 0, dnnl_data_type_undef), "add to the result");
                check(dnnl.dnnl_primitive_attr_set_post_ops(attributes, sum), "set post-ops");
            }
            PointerPointer<dnnl_primitive_desc> d = new PointerPointer<>(1);
            check(dnnl.dnnl_matmul_primitive_desc_create(d, engine, srcDesc, weightsDesc, null, dstDesc, attributes),
                    "build a bf16 matmul of " + m + "×" + k + " by " + k + "×" + n);
            dnnl_primitive_desc descriptor = new dnnl_primitive_desc(d.get(0));
            PointerPointer<dnnl_primitive> p = new PointerPointer<>(1);
            check(dnnl.dnnl_primitive_create(p, descriptor), "create a matmul primitive");
            primitive = new dnnl_primitive(p.get(0));
            src = memory(srcDesc);
            weights = memory(weightsDesc);
            dst = memory(dstDesc);
            arguments = new dnnl_exec_arg_t(3);
            arguments.position(0).arg(DNNL_ARG_SRC).memory(src);
            arguments.position(1).arg(DNNL_ARG_WEIGHTS).memory(weights);
            arguments.position(2).arg(DNNL_ARG_DST).memory(dst);
            arguments.position(0);
        }

        void run(Pointer a, Pointer b, Pointer c) {
            check(dnnl.dnnl_memory_set_data_handle(src, a), "set the first operand");
            check(dnnl.dnnl_memory_set_data_handle(weights, b), "set the second operand");
            check(dnnl.dnnl_memory_set_data_handle(dst, c), "set the result");
            check(dnnl.dnnl_primitive_execute(primitive, stream, 3, arguments), "run a bf16 matmul");
            check(dnnl.dnnl_stream_wait(stream), "wait for a bf16 matmul");
        }
    }
}
