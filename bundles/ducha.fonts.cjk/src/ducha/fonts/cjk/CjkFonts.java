package ducha.fonts.cjk;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * The CJK font shipped with Ducha: WenQuanYi Micro Hei (文泉驿微米黑, Debian's fonts-wqy-microhei, "Apache-2.0 or
 * GPL-3+ with font exception", see {@code fonts/wqy-microhei.COPYRIGHT.txt}). It is a TrueType collection with
 * glyf outlines and Latin + CJK glyphs, so PDF libraries can embed it as a Type0 subset; CFF-based CJK fonts
 * (Noto CJK) cannot be embedded by PDFBox, and desktops' own fonts differ from machine to machine, so we ship it.
 */
public final class CjkFonts {

	/** Name of the proportional font inside the collection. */
	public static final String MICRO_HEI = "WenQuanYiMicroHei";

	/** Name of the monospaced font inside the collection. */
	public static final String MICRO_HEI_MONO = "WenQuanYiMicroHeiMono";

	/** Family name for office documents (DOCX): how word processors name the font. */
	public static final String MICRO_HEI_FAMILY = "WenQuanYi Micro Hei";

	private static final String COLLECTION = "fonts/wqy-microhei.ttc";

	private CjkFonts() {
	}

	/** Where the TrueType collection lies inside this bundle. */
	public static URL microHeiCollection() {
		URL url = CjkFonts.class.getClassLoader().getResource(COLLECTION);
		if (url == null) {
			throw new IllegalStateException(COLLECTION + " is missing from bundle ducha.fonts.cjk");
		}
		return url;
	}

	/** Opens the TrueType collection (.ttc); the caller closes the stream. */
	public static InputStream openMicroHeiCollection() throws IOException {
		return microHeiCollection().openStream();
	}
}
