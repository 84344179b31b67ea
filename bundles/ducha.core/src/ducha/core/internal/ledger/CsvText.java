package ducha.core.internal.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a CSV file's bytes. A UTF-8 BOM decides; otherwise the bytes are decoded strictly as UTF-8, and when
 * they are not valid UTF-8 as GBK, which is what Excel in China writes ("CSV (逗号分隔)").
 */
final class CsvText {

	static final Charset GBK = Charset.forName("GBK");

	private CsvText() {
	}

	/** @throws CharacterCodingException when the bytes are neither UTF-8 nor GBK */
	static String decode(byte[] bytes) throws CharacterCodingException {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
			return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, 3, bytes.length - 3)).toString();
		}
		try {
			return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException notUtf8) {
			return strict(GBK).decode(ByteBuffer.wrap(bytes)).toString();
		}
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
	}
}
