package ducha.cases.internal;

/**
 * Remembers the case numbers of one import and the row each came on, to report duplicates within a file, in
 * about 12 bytes per case (a million cases: 24 MB) instead of a map of strings. Keys are 64-bit hashes of the
 * canonical number: a false duplicate among a million rows has a chance of about 1 in 10^7.
 */
final class CaseNumberSet {

	private static final long EMPTY = 0;
	private long[] keys = new long[1 << 12];
	private int[] rows = new int[1 << 12];
	private int size;

	/** Adds the number; returns the row it first came on when it was already there, otherwise 0. */
	int addOrFirstRow(String canonical, int row) {
		if (size * 2 >= keys.length) {
			grow();
		}
		long key = hash(canonical);
		int mask = keys.length - 1;
		int i = (int) (key ^ (key >>> 32)) & mask;
		while (keys[i] != EMPTY) {
			if (keys[i] == key) {
				return rows[i];
			}
			i = (i + 1) & mask;
		}
		keys[i] = key;
		rows[i] = row;
		size++;
		return 0;
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldRows = rows;
		keys = new long[oldKeys.length * 2];
		rows = new int[oldKeys.length * 2];
		int mask = keys.length - 1;
		for (int j = 0; j < oldKeys.length; j++) {
			if (oldKeys[j] != EMPTY) {
				int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 32)) & mask;
				while (keys[i] != EMPTY) {
					i = (i + 1) & mask;
				}
				keys[i] = oldKeys[j];
				rows[i] = oldRows[j];
			}
		}
	}

	/** FNV-1a over the characters, never 0 (0 marks an empty slot). */
	private static long hash(String text) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < text.length(); i++) {
			h ^= text.charAt(i);
			h *= 0x100000001b3L;
		}
		return h == EMPTY ? 1 : h;
	}
}
