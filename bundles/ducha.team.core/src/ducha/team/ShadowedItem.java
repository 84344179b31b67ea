package ducha.team;

import java.time.LocalDate;
import java.util.Objects;

import ducha.core.Labelled;

/**
 * A case or an inspection the trainee shadowed. The reference is free text (a case number, an inspection number):
 * the plugin does not need the other plugins installed to record it.
 *
 * @param kind      case or inspection
 * @param reference e.g. （2025）川0724民初1234号 or DC2025-007
 * @param on        when, may be null
 * @param note      what the trainee did or learned, may be empty
 */
public record ShadowedItem(Kind kind, String reference, LocalDate on, String note) {

	/** What was shadowed. */
	public enum Kind implements Labelled {
		CASE("案件"), INSPECTION("督察");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		@Override
		public String label() {
			return label;
		}

		/** Accepts the label or the constant's name; null when neither matches. */
		public static Kind parse(String text) {
			return Labelled.parse(Kind.class, text);
		}
	}

	public ShadowedItem {
		Objects.requireNonNull(kind, "kind");
		note = note == null ? "" : note;
	}
}
