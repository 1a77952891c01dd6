import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Times one Argon2id hash with the parameters auth uses, as auth computes it (Bouncy Castle); prints the median ms.
 * The first hashes run while the JIT is still compiling the hash's loops and are not counted.
 */
public class Argon2Time {
    public static void main(String[] args) {
        int memoryKib = Integer.parseInt(args[0]);
        int iterations = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        double[] millis = new double[runs];
        for (int warm = 0; warm < 15; warm++) {
            hash(memoryKib, iterations);
        }
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            hash(memoryKib, iterations);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%.2f%n", millis[runs / 2]);
    }

    private static void hash(int memoryKib, int iterations) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(1).withSalt(new byte[16]).build());
        generator.generateBytes("saffron lantern 1942 quietly".getBytes(StandardCharsets.UTF_8), new byte[32]);
    }
}
