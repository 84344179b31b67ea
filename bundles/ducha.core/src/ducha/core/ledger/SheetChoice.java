package ducha.core.ledger;

import java.util.List;

/**
 * Which sheet of a workbook holds the ledger: the sheet the user named ({@code --sheet}, or chosen in the
 * workbench) when there is one; otherwise the sheet named as the ledger is (its Chinese name, e.g. 干警名册, or its
 * id); otherwise the only sheet, or the only sheet with cells in it. A workbook with several sheets and none of
 * them chosen that way is refused naming its sheets. A CSV file has no sheets: the choice does not apply.
 *
 * @param requested  the sheet the user named, or null
 * @param ledgerNames the names of the ledger a sheet may carry (label and id), tried in order
 */
public record SheetChoice(String requested, List<String> ledgerNames) {

	/** No choice: a workbook's only sheet (or only sheet with cells). */
	public static final SheetChoice ANY = new SheetChoice(null, List.of());

	public SheetChoice {
		requested = requested == null || requested.isBlank() ? null : requested.strip();
		ledgerNames = List.copyOf(ledgerNames);
	}

	/** The sheet named as the kind, unless the user named one. */
	public static SheetChoice of(LedgerKind kind, String requested) {
		return new SheetChoice(requested, List.of(kind.label(), kind.id()));
	}
}
