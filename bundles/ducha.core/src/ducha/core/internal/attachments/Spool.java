package ducha.core.internal.attachments;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;

/**
 * A file on its way into the database: its stream is checked (type from the first bytes, size limit), hashed and
 * written, sealed when the record is confidential, into a temporary file, so that the database receives a stream
 * of known length and nothing of it is stored when a check fails half-way. Only the sealed form touches the disk
 * when the record is confidential.
 */
final class Spool implements AutoCloseable {

	private final Path file;
	private final String contentType;
	private final long size;
	private final String sha256;

	private Spool(Path file, String contentType, long size, String sha256) {
		this.file = file;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
	}

	/**
	 * @param typeOf   the media type of the file from its first bytes, or a ValidationException
	 * @param maxBytes refused above this size
	 * @param sealing  wraps the temporary file's stream (identity for files kept plain)
	 */
	static Spool of(InputStream content, String fileName, Function<byte[], String> typeOf, long maxBytes,
			UnaryOperator<OutputStream> sealing) throws IOException {
		BufferedInputStream in = new BufferedInputStream(content, 64 * 1024);
		in.mark(ContentTypes.HEADER_BYTES);
		String type = typeOf.apply(in.readNBytes(ContentTypes.HEADER_BYTES));
		in.reset();
		MessageDigest digest = newDigest();
		Path temp = Files.createTempFile("ducha-attachment", ".part");
		try {
			long size;
			try (OutputStream out = new DigestOutputStream(sealing.apply(Files.newOutputStream(temp)), digest)) {
				size = copy(in, out, maxBytes, fileName);
			}
			return new Spool(temp, type, size, HexFormat.of().formatHex(digest.digest()));
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
	}

	private static long copy(InputStream in, OutputStream out, long maxBytes, String fileName) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		for (int n; (n = in.read(buffer)) > 0;) {
			total += n;
			if (total > maxBytes) {
				throw new ValidationException(NLS.bind(Messages.tooLarge, fileName, maxBytes / 1024 / 1024));
			}
			out.write(buffer, 0, n);
		}
		return total;
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}

	String contentType() {
		return contentType;
	}

	/** Size of the file itself (not of its sealed form). */
	long size() {
		return size;
	}

	String sha256() {
		return sha256;
	}

	/** The bytes to store (sealed when the record is confidential). */
	InputStream stored() throws IOException {
		return Files.newInputStream(file);
	}

	long storedLength() throws IOException {
		return Files.size(file);
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(file);
	}
}
