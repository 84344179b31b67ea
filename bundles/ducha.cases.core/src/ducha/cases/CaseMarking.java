package ducha.cases;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One event of a case's marking history: the case was marked as a kind, or the mark was removed. Events are never
 * changed or deleted; a case is marked as long as its newest event of the kind is a mark.
 *
 * @param id           stored id, increasing in time order
 * @param caseNo       案号
 * @param kind         the kind the event is about
 * @param marked       true for a mark (标记), false for its removal (取消标记)
 * @param reason       why (required for both)
 * @param actor        user name of who did it
 * @param at           when
 * @param suggestionId the confirmed suggestion the mark came from, or null for a manual mark
 */
public record CaseMarking(long id, String caseNo, MarkKind kind, boolean marked, String reason, String actor,
		LocalDateTime at, Long suggestionId) {

	public CaseMarking {
		Objects.requireNonNull(caseNo, "caseNo");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(at, "at");
	}

	/** 标记 or 取消标记, for lists and the timeline. */
	public String actionLabel() {
		return marked ? "标记" : "取消标记";
	}
}
