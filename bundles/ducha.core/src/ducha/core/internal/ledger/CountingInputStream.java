package ducha.core.internal.ledger;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Tells how many bytes were read so far, for the progress of a streamed file. */
final class CountingInputStream extends FilterInputStream {

	private final LongConsumer listener;
	private long count;
	private long mark;

	CountingInputStream(InputStream in, LongConsumer listener) {
		super(in);
		this.listener = listener;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			listener.accept(++count);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count += n;
			listener.accept(count);
		}
		return n;
	}

	@Override
	public synchronized void mark(int limit) {
		super.mark(limit);
		mark = count;
	}

	@Override
	public synchronized void reset() throws IOException {
		super.reset();
		count = mark;
	}
}
