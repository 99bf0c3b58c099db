import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Luoshi icon (a red seal with a gold tick: a task carried out) and writes it in the
 * forms each platform wants. Every size is drawn from the vector shapes, not scaled down from a
 * big bitmap, so 16 px stays crisp. Run from the project folder:
 *
 * <pre>java installer/IconMaker.java</pre>
 *
 * Writes installer/icons/luoshi-N.png (16 … 1024), luoshi.ico (Windows), luoshi.icns (macOS), and
 * the window icons the app loads, resources/org/luoshi/app/icons/luoshi-N.png.
 */
public class IconMaker {
    static final Color RED_TOP = new Color(0xD3, 0x2F, 0x2F);
    static final Color RED_BOTTOM = new Color(0x9E, 0x1B, 0x1B);
    static final Color GOLD = new Color(0xFF, 0xD5, 0x4F);
    static final Color PAPER = new Color(0xFF, 0xF8, 0xE1);
    static final List<Integer> PNG_SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024);
    static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    static final List<Integer> WINDOW_SIZES = List.of(16, 32, 48, 64, 128, 256);

    public static void main(String[] args) throws IOException {
        Path icons = Path.of("installer/icons");
        Path window = Path.of("resources/org/luoshi/app/icons");
        Files.createDirectories(icons);
        Files.createDirectories(window);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : PNG_SIZES) {
            png.put(size, png(draw(size)));
            Files.write(icons.resolve("luoshi-" + size + ".png"), png.get(size));
        }
        for (int size : WINDOW_SIZES) {
            Files.write(window.resolve("luoshi-" + size + ".png"), png.get(size));
        }
        Files.write(icons.resolve("luoshi.ico"), ico(png));
        Files.write(icons.resolve("luoshi.icns"), icns(png));
        System.out.println("Icons written to " + icons.toAbsolutePath() + " and " + window.toAbsolutePath());
    }

    /** The icon at {@code size} × {@code size} pixels. */
    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        // Small sizes use the whole square; large ones leave the margin desktop icons usually have.
        double margin = size <= 32 ? 0 : s * 0.06;
        double box = s - 2 * margin;
        RoundRectangle2D seal = new RoundRectangle2D.Double(margin, margin, box, box, box * 0.36, box * 0.36);
        g.setPaint(new GradientPaint(0, (float) margin, RED_TOP, 0, (float) (margin + box), RED_BOTTOM));
        g.fill(seal);

        if (size >= 48) {
            // The seal's inner frame, as on a 印章.
            double inset = box * 0.11;
            g.setColor(new Color(PAPER.getRed(), PAPER.getGreen(), PAPER.getBlue(), 210));
            g.setStroke(new BasicStroke((float) (box * 0.035)));
            g.draw(new RoundRectangle2D.Double(margin + inset, margin + inset, box - 2 * inset, box - 2 * inset,
                    box * 0.2, box * 0.2));
            // Two lines of text above the tick: the task, carried out.
            g.setStroke(new BasicStroke((float) (box * 0.06), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < 2; i++) {
                double y = margin + box * (0.29 + i * 0.12);
                g.draw(new java.awt.geom.Line2D.Double(margin + box * 0.27, y, margin + box * (i == 0 ? 0.73 : 0.58), y));
            }
        }

        // The tick: thick, round-capped, in gold.
        Path2D tick = new Path2D.Double();
        if (size >= 48) {
            tick.moveTo(margin + box * 0.29, margin + box * 0.61);
            tick.lineTo(margin + box * 0.44, margin + box * 0.75);
            tick.lineTo(margin + box * 0.74, margin + box * 0.47);
        } else {
            tick.moveTo(margin + box * 0.22, margin + box * 0.56);
            tick.lineTo(margin + box * 0.42, margin + box * 0.76);
            tick.lineTo(margin + box * 0.80, margin + box * 0.26);
        }
        float width = (float) (box * (size <= 24 ? 0.17 : 0.12));
        g.setColor(GOLD);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(tick);
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A Windows .ico with PNG-encoded entries (read by Windows Vista and later, and by WiX). */
    static byte[] ico(Map<Integer, byte[]> png) {
        int count = ICO_SIZES.size();
        int offset = 6 + 16 * count;
        int total = offset + ICO_SIZES.stream().mapToInt(s -> png.get(s).length).sum();
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) count);
        for (int size : ICO_SIZES) {
            byte[] data = png.get(size);
            b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)); // 0 means 256
            b.put((byte) 0).put((byte) 0);          // no palette, reserved
            b.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
            b.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        ICO_SIZES.forEach(size -> b.put(png.get(size)));
        return b.array();
    }

    /** A macOS .icns: PNG entries by their OSType (icp4 = 16 px … ic10 = 1024 px, i.e. 512 @2x). */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic13", 256);
        types.put("ic14", 512);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            byte[] data = png.get(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(8 + data.length);
            d.write(data);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        o.write(body.toByteArray());
        return out.toByteArray();
    }
}
