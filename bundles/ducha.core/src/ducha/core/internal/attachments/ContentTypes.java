package ducha.core.internal.attachments;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;

/**
 * The file types attachments may have: documents (PDF, OFD, Office and WPS, OpenDocument, RTF, text), images and
 * sound recordings. A file is accepted when its name's extension is on the list AND its first bytes are those of
 * that family, so that an executable or script renamed to {@code .pdf} or {@code .txt} is refused.
 */
final class ContentTypes {

	/** How many leading bytes {@link #check} needs. */
	static final int HEADER_BYTES = 512;

	/** The families of file content, each recognised by its first bytes. */
	private enum Magic {
		PDF, ZIP, OLE, RTF, PNG, JPEG, GIF, BMP, TIFF, WEBP, MP3, WAV, AMR, MP4, TEXT
	}

	private record Type(String mediaType, Magic magic) {
	}

	private static final Map<String, Type> BY_EXTENSION = Map.ofEntries(
			Map.entry("pdf", new Type("application/pdf", Magic.PDF)),
			Map.entry("ofd", new Type("application/ofd", Magic.ZIP)),
			Map.entry("docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Magic.ZIP)),
			Map.entry("xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Magic.ZIP)),
			Map.entry("pptx", new Type("application/vnd.openxmlformats-officedocument.presentationml.presentation", Magic.ZIP)),
			Map.entry("odt", new Type("application/vnd.oasis.opendocument.text", Magic.ZIP)),
			Map.entry("ods", new Type("application/vnd.oasis.opendocument.spreadsheet", Magic.ZIP)),
			Map.entry("doc", new Type("application/msword", Magic.OLE)),
			Map.entry("xls", new Type("application/vnd.ms-excel", Magic.OLE)),
			Map.entry("ppt", new Type("application/vnd.ms-powerpoint", Magic.OLE)),
			Map.entry("wps", new Type("application/vnd.ms-works", Magic.OLE)),
			Map.entry("et", new Type("application/vnd.ms-excel", Magic.OLE)),
			Map.entry("rtf", new Type("application/rtf", Magic.RTF)),
			Map.entry("txt", new Type("text/plain", Magic.TEXT)),
			Map.entry("csv", new Type("text/csv", Magic.TEXT)),
			Map.entry("png", new Type("image/png", Magic.PNG)),
			Map.entry("jpg", new Type("image/jpeg", Magic.JPEG)),
			Map.entry("jpeg", new Type("image/jpeg", Magic.JPEG)),
			Map.entry("gif", new Type("image/gif", Magic.GIF)),
			Map.entry("bmp", new Type("image/bmp", Magic.BMP)),
			Map.entry("tif", new Type("image/tiff", Magic.TIFF)),
			Map.entry("tiff", new Type("image/tiff", Magic.TIFF)),
			Map.entry("webp", new Type("image/webp", Magic.WEBP)),
			Map.entry("mp3", new Type("audio/mpeg", Magic.MP3)),
			Map.entry("wav", new Type("audio/wav", Magic.WAV)),
			Map.entry("amr", new Type("audio/amr", Magic.AMR)),
			Map.entry("m4a", new Type("audio/mp4", Magic.MP4)),
			Map.entry("mp4", new Type("video/mp4", Magic.MP4)));

	private ContentTypes() {
	}

	/**
	 * @param header the file's first bytes (up to {@link #HEADER_BYTES})
	 * @return the media type
	 * @throws ValidationException when the type is not allowed or the content is not what the name says
	 */
	static String check(String fileName, byte[] header) {
		if (executable(header)) {
			throw new ValidationException(NLS.bind(Messages.executable, fileName));
		}
		Type type = BY_EXTENSION.get(extension(fileName));
		if (type == null) {
			throw new ValidationException(NLS.bind(Messages.typeNotAllowed, fileName));
		}
		if (!matches(type.magic(), header)) {
			throw new ValidationException(NLS.bind(Messages.contentMismatch, fileName));
		}
		return type.mediaType();
	}

	/** The media type by name alone, for files taken over from before the check existed. */
	static String byName(String fileName) {
		Type type = BY_EXTENSION.get(extension(fileName));
		return type == null ? "application/octet-stream" : type.mediaType();
	}

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** Windows PE, ELF, Mach-O and Java class files, and scripts with a {@code #!} line (not the
	 * {@code #!AMR} of a recording). */
	private static boolean executable(byte[] h) {
		return starts(h, 'M', 'Z') || starts(h, 0x7f, 'E', 'L', 'F') || starts(h, 0xca, 0xfe, 0xba, 0xbe)
				|| starts(h, 0xfe, 0xed, 0xfa, 0xce) || starts(h, 0xfe, 0xed, 0xfa, 0xcf)
				|| starts(h, 0xcf, 0xfa, 0xed, 0xfe) || starts(h, 0xce, 0xfa, 0xed, 0xfe)
				|| starts(h, '#', '!') && !matches(Magic.AMR, h);
	}

	private static boolean matches(Magic magic, byte[] h) {
		return switch (magic) {
		case PDF -> starts(h, '%', 'P', 'D', 'F', '-');
		case ZIP -> starts(h, 'P', 'K', 3, 4);
		case OLE -> starts(h, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
		case RTF -> starts(h, '{', '\\', 'r', 't', 'f');
		case PNG -> starts(h, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
		case JPEG -> starts(h, 0xff, 0xd8, 0xff);
		case GIF -> starts(h, 'G', 'I', 'F', '8');
		case BMP -> starts(h, 'B', 'M');
		case TIFF -> starts(h, 'I', 'I', '*', 0) || starts(h, 'M', 'M', 0, '*');
		case WEBP -> starts(h, 'R', 'I', 'F', 'F') && at(h, 8, "WEBP");
		case MP3 -> starts(h, 'I', 'D', '3') || h.length > 1 && (h[0] & 0xff) == 0xff && (h[1] & 0xe0) == 0xe0;
		case WAV -> starts(h, 'R', 'I', 'F', 'F') && at(h, 8, "WAVE");
		case AMR -> starts(h, '#', '!', 'A', 'M', 'R');
		case MP4 -> at(h, 4, "ftyp");
		case TEXT -> text(h);
		};
	}

	/** Text in UTF-8, GBK or with a UTF-16 byte-order mark: no NUL and no other control bytes but tab and line ends. */
	private static boolean text(byte[] h) {
		if (starts(h, 0xff, 0xfe) || starts(h, 0xfe, 0xff)) {
			return true;
		}
		for (byte b : h) {
			if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				return false;
			}
		}
		return true;
	}

	private static boolean starts(byte[] h, int... expected) {
		if (h.length < expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((h[i] & 0xff) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean at(byte[] h, int offset, String ascii) {
		byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
		return h.length >= offset + expected.length
				&& Arrays.equals(h, offset, offset + expected.length, expected, 0, expected.length);
	}
}
