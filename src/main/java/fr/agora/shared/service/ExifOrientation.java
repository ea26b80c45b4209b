package fr.agora.shared.service;

/**
 * Reads the EXIF orientation tag (0x0112) of a JPEG, the only piece of metadata we use, and only to turn the
 * picture upright before every tag is discarded. Defensive: any malformed structure means « no rotation ».
 */
public final class ExifOrientation {

    private ExifOrientation() {
    }

    /** The orientation 1-8, or 1 when absent or unreadable. */
    public static int read(byte[] jpeg) {
        try {
            int i = 2;
            while (i + 4 <= jpeg.length) {
                if ((jpeg[i] & 0xff) != 0xFF) {
                    return 1;
                }
                int marker = jpeg[i + 1] & 0xff;
                if (marker == 0xDA || marker == 0xD9) {
                    return 1; // start of scan: no more metadata segments
                }
                int length = ((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff);
                if (length < 2 || i + 2 + length > jpeg.length) {
                    return 1;
                }
                if (marker == 0xE1 && length >= 16 && jpeg[i + 4] == 'E' && jpeg[i + 5] == 'x' && jpeg[i + 6] == 'i'
                        && jpeg[i + 7] == 'f' && jpeg[i + 8] == 0 && jpeg[i + 9] == 0) {
                    return fromTiff(jpeg, i + 10, i + 2 + length);
                }
                i += 2 + length;
            }
        } catch (RuntimeException e) {
            return 1;
        }
        return 1;
    }

    private static int fromTiff(byte[] b, int start, int end) {
        boolean little;
        if (b[start] == 'I' && b[start + 1] == 'I') {
            little = true;
        } else if (b[start] == 'M' && b[start + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        long ifd = u32(b, start + 4, little);
        int pos = (int) (start + ifd);
        if (ifd < 8 || pos + 2 > end) {
            return 1;
        }
        int entries = u16(b, pos, little);
        for (int e = 0; e < entries; e++) {
            int entry = pos + 2 + e * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == 0x0112) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xff;
        int y = b[at + 1] & 0xff;
        return little ? (y << 8) | x : (x << 8) | y;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long v = 0;
        for (int k = 0; k < 4; k++) {
            int shift = little ? 8 * k : 8 * (3 - k);
            v |= (long) (b[at + k] & 0xff) << shift;
        }
        return v;
    }
}
