package ducha.cases.internal;

/**
 * A set of case numbers in about 12 bytes per case (a million cases: 24 MB) instead of a set of strings: the numbers
 * of one import with the row each came on, to report duplicates within a file, and the numbers already in the
 * register, to tell updates from inserts ({@link CaseStore}). Keys are 64-bit hashes of the canonical number: a
 * false "already there" among a million numbers has a chance of about 1 in 10^7, so callers that must be exact
 * confirm a hit (the store does: an update that changes no row becomes an insert).
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
		int i = slot(key);
		if (keys[i] == key) {
			return rows[i];
		}
		keys[i] = key;
		rows[i] = row;
		size++;
		return 0;
	}

	/** Whether the number is (probably, see the class comment) in the set. */
	boolean contains(String canonical) {
		long key = hash(canonical);
		return keys[slot(key)] == key;
	}

	int size() {
		return size;
	}

	/** The slot holding the key, or the empty slot where it belongs. */
	private int slot(long key) {
		int mask = keys.length - 1;
		int i = (int) (key ^ (key >>> 32)) & mask;
		while (keys[i] != EMPTY && keys[i] != key) {
			i = (i + 1) & mask;
		}
		return i;
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
