package ducha.core.internal.ledger;

import java.io.IOException;
import java.util.function.Consumer;

/** The rows of one ledger file as it holds them, before headers are matched, pushed one at a time. */
interface RawRowSource {

	/** Hands every row of the file to the consumer, in file order. */
	void emit(Consumer<RawRow> rows) throws IOException;

	/** The share of the file read so far, 0 to 1 (0 when it cannot be told). */
	double fractionRead();
}
