package ducha.core.ledger;

/** What an accepted ledger import stored. */
public record LedgerImportResult(String kind, String fileName, int rows, int inserted, int updated) {
}
