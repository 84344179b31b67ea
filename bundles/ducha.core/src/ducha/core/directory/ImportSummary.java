package ducha.core.directory;

/** What an import changed. */
public record ImportSummary(int inserted, int updated) {

	public int total() {
		return inserted + updated;
	}
}
