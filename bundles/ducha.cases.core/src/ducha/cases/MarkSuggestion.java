package ducha.cases;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A suggestion that a case be marked as a kind, raised by a rule or flagged by a person, waiting for someone with
 * {@link CasePermissions#MARK} to confirm (it becomes a {@link CaseMarking}) or dismiss it. A case is suggested for
 * a kind at most once: decided suggestions are never raised again.
 *
 * @param id             stored id
 * @param record         the case
 * @param kind           the suggested kind
 * @param basis          what raised it
 * @param detail         why, e.g. 案由“物业服务合同纠纷”含关键词“物业服务”, or the flagging person's note
 * @param suggestedBy    user name, or {@link #BY_RULES} for the keyword and party-count scans
 * @param suggestedAt    when
 * @param status         pending, confirmed or dismissed
 * @param decidedBy      who confirmed or dismissed it, null while pending
 * @param decidedAt      when, null while pending
 * @param decisionReason the reason given on confirming or dismissing, null while pending
 * @param version        the stored version this view was read at, named when it is confirmed or dismissed
 */
public record MarkSuggestion(long id, CaseRecord record, MarkKind kind, Basis basis, String detail,
		String suggestedBy, LocalDateTime suggestedAt, Status status, String decidedBy, LocalDateTime decidedAt,
		String decisionReason, long version) {

	/** {@link #suggestedBy} of a suggestion the keyword or party-count scan raised (no person did). */
	public static final String BY_RULES = "rules";

	/** What raised a suggestion. */
	public enum Basis {
		/** A keyword of the kind's list occurs in the case's 案由. */
		KEYWORD,
		/** The case has at least as many parties (当事人数) as the kind's threshold: a possible mass dispute. */
		PARTY_COUNT,
		/** A person flagged the case, e.g. a possible conflict with similar rulings (类案冲突). */
		HAND;

		/** The label in the cores' language, e.g. for lists and exports. */
		public String label() {
			return Labels.of(this);
		}
	}

	/** Where a suggestion stands. */
	public enum Status {
		PENDING, CONFIRMED, DISMISSED;

		/** The label in the cores' language, e.g. for lists and exports. */
		public String label() {
			return Labels.of(this);
		}
	}

	public MarkSuggestion {
		Objects.requireNonNull(record, "record");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(basis, "basis");
		Objects.requireNonNull(status, "status");
	}
}
