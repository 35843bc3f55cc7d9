package org.xinsheng.evidence;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.xinsheng.web.ApiException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * Turns an upload into the JPEG that is stored: the header is read first (width and height, no pixels) and an image
 * over {@code max-pixels} is refused before anything is decoded (a small file can declare a huge canvas); then the
 * image is decoded and written again as a fresh JPEG. What is stored is therefore only pixels: no EXIF (location,
 * camera), no comments, nothing appended after the image (a JPEG/HTML polyglot loses its HTML), and a file that only
 * starts like an image does not decode and is refused.
 */
@Singleton
public class PhotoCleaner {

    public static final String STORED_TYPE = "image/jpeg";
    private static final float QUALITY = 0.85f;

    static {
        ImageIO.setUseCache(false); // decode in memory, never through temporary files
    }

    private final long maxPixels;

    public PhotoCleaner(@Value("${xinsheng.evidence.max-pixels:40000000}") long maxPixels) {
        this.maxPixels = maxPixels;
    }

    public byte[] clean(byte[] upload) {
        BufferedImage image = decode(upload);
        return encode(flatten(image));
    }

    private BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw notAnImage();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw notAnImage();
                }
                if (width * height > maxPixels) {
                    throw new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "photo_too_large", String.format(
                            Locale.ROOT, "The photo is %d × %d pixels; at most %.0f megapixels are taken.",
                            width, height, maxPixels / 1e6));
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw notAnImage();
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw notAnImage(); // truncated, corrupt or a format ImageIO cannot read: never stored
        }
    }

    /** Plain RGB on white: JPEG has no alpha, and a palette or grey image is drawn the same way. */
    private static BufferedImage flatten(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a JPEG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static ApiException notAnImage() {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not_an_image",
                "The file is not a photo that can be read: only JPEG and PNG images are taken.");
    }
}
