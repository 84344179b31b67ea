package ducha.core.internal.ledger;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Stops a stream that gives more bytes than a limit, with the refusal its owner supplies: for the parts of an XLSX
 * workbook that POI unpacks into memory whole (the shared strings), whose packed size says nothing of what they
 * unpack to.
 */
final class LimitedInputStream extends FilterInputStream {

	private final long limit;
	private final Supplier<RuntimeException> refusal;
	private long count;

	LimitedInputStream(InputStream in, long limit, Supplier<RuntimeException> refusal) {
		super(in);
		this.limit = limit;
		this.refusal = refusal;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		counted(skipped);
		return skipped;
	}

	private void counted(long n) {
		count += n;
		if (count > limit) {
			throw refusal.get();
		}
	}
}
