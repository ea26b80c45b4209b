package fr.agora.sortition.draw;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The documented deterministic generator of the draw: SHA-256 in counter mode.
 *
 * <p>Block j (j = 0, 1, 2, …) is {@code SHA-256(seed ‖ j)} where seed is the 32 raw seed bytes and j an
 * unsigned 64-bit big-endian integer. The blocks are concatenated into one byte stream read in order.
 * {@link #nextUint32()} reads 4 bytes big-endian. {@link #uniform(int)} returns an unbiased integer in
 * {@code [0, bound)} by rejection: read u = nextUint32 until {@code u < 2^32 - (2^32 mod bound)}, return
 * {@code u mod bound}. {@link #nextDouble()} reads 8 bytes big-endian and keeps the top 53 bits
 * (value · 2^-53).
 */
public final class CounterRng {

    private final byte[] seed;
    private long counter;
    private byte[] block = new byte[0];
    private int pos;

    public CounterRng(byte[] seed) {
        this.seed = seed.clone();
    }

    private int nextByte() {
        if (pos == block.length) {
            byte[] input = new byte[seed.length + 8];
            System.arraycopy(seed, 0, input, 0, seed.length);
            for (int b = 0; b < 8; b++) {
                input[seed.length + b] = (byte) (counter >>> (56 - 8 * b));
            }
            counter++;
            block = sha256(input);
            pos = 0;
        }
        return block[pos++] & 0xff;
    }

    /** Next 32 bits as a non-negative long in [0, 2^32). */
    public long nextUint32() {
        long v = 0;
        for (int b = 0; b < 4; b++) {
            v = (v << 8) | nextByte();
        }
        return v;
    }

    /** Unbiased integer in [0, bound), by rejection sampling. */
    public int uniform(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound " + bound);
        }
        long range = 1L << 32;
        long limit = range - range % bound;
        while (true) {
            long u = nextUint32();
            if (u < limit) {
                return (int) (u % bound);
            }
        }
    }

    /** Uniform double in [0, 1) with 53 random bits. */
    public double nextDouble() {
        long v = 0;
        for (int b = 0; b < 8; b++) {
            v = (v << 8) | nextByte();
        }
        return (v >>> 11) * 0x1.0p-53;
    }

    /** SHA-256 of bytes. */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower-case hexadecimal. */
    public static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            s.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return s.toString();
    }

    /** Parses lower- or upper-case hexadecimal. */
    public static byte[] unhex(String s) {
        if (s.length() % 2 != 0) {
            throw new IllegalArgumentException("hexadécimal de longueur impaire");
        }
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(s.charAt(2 * i), 16);
            int lo = Character.digit(s.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("hexadécimal invalide");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }
}
