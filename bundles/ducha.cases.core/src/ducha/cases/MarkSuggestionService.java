package ducha.cases;

import java.util.List;
import java.util.Map;

import ducha.core.security.Principal;

/**
 * Suggestions for the four kinds of cases (and the major-case list) that a person confirms or dismisses: keywords
 * in the 案由 of open cases (a stored, editable list per kind), open cases with many parties (当事人数 at least a
 * stored, editable threshold: {@link #PARTY_KIND}, mass disputes) and cases flagged by hand, such as a possible
 * conflict with similar rulings that no rule can see. A confirmed suggestion becomes a mark of
 * {@link CaseMarkingService}; a case is never suggested twice for the same kind, so dismissed suggestions stay
 * dismissed. Cases whose party count is unknown are never suggested by the party-count rule.
 */
public interface MarkSuggestionService {

	/** The keyword list of every kind (kinds without keywords map to an empty list). */
	Map<MarkKind, List<String>> keywords();

	/**
	 * Replaces the kind's keyword list. Needs {@link CasePermissions#RULES}; keywords are stripped, de-duplicated,
	 * 1..50 characters, without % or _.
	 */
	List<String> saveKeywords(MarkKind kind, List<String> keywords, Principal actor);

	/**
	 * Scans the open cases of the actor's departments for the keywords and raises a suggestion for every case and
	 * kind that has none yet and was never marked as the kind. Needs {@link CasePermissions#MARK}.
	 *
	 * @return how many suggestions were raised
	 */
	int suggestByKeywords(Principal actor);

	/** The kind the party-count rule suggests: 群体性纠纷或社会关注. */
	MarkKind PARTY_KIND = MarkKind.MASS_OR_PUBLIC;

	/** Smallest and largest accepted party threshold. */
	int MIN_PARTY_THRESHOLD = 2;
	int MAX_PARTY_THRESHOLD = 100_000;

	/** From how many parties an open case is suggested as {@link #PARTY_KIND} (10 unless a court changed it). */
	int partyThreshold();

	/**
	 * Stores the party threshold. Needs {@link CasePermissions#RULES}; {@value #MIN_PARTY_THRESHOLD} to
	 * {@value #MAX_PARTY_THRESHOLD}.
	 *
	 * @return the stored threshold
	 */
	int savePartyThreshold(int minParties, Principal actor);

	/**
	 * Scans the open cases of the actor's departments with at least {@link #partyThreshold()} parties and raises a
	 * {@link #PARTY_KIND} suggestion for every one that has none yet and was never marked as that kind. Needs
	 * {@link CasePermissions#MARK}.
	 *
	 * @return how many suggestions were raised
	 */
	int suggestByPartyCount(Principal actor);

	/** Both rule scans, keywords then party counts: how many suggestions they raised together. */
	default int scan(Principal actor) {
		return suggestByKeywords(actor) + suggestByPartyCount(actor);
	}

	/**
	 * Flags a case by hand for a kind, with a note (typically 可能与类案判决冲突). Anyone who may read the case may
	 * flag it; a case already suggested or marked for the kind is refused.
	 */
	MarkSuggestion flag(String caseNo, MarkKind kind, String note, Principal actor);

	/**
	 * Pending suggestions for cases matching the query that the reader may see, by id.
	 *
	 * @param afterId the last id of the previous page, 0 for the first
	 * @param limit   1..1000
	 */
	List<MarkSuggestion> pending(CaseQuery query, long afterId, int limit, Principal reader);

	/** The suggestion by id, if the reader may see its case. */
	MarkSuggestion suggestion(long id, Principal reader);

	/**
	 * Confirms a pending suggestion: the case is marked with the reason (or, when blank, the suggestion's detail).
	 * Needs {@link CasePermissions#MARK}.
	 *
	 * @param seenVersion the {@link MarkSuggestion#version()} the caller saw
	 * @throws ducha.core.ConcurrentChangeException when the suggestion changed since, e.g. another desktop decided it
	 */
	CaseMarking confirm(long suggestionId, long seenVersion, String reason, Principal actor);

	/**
	 * Dismisses a pending suggestion with a reason; the case is not suggested for the kind again. Refused as
	 * {@link #confirm} is when the suggestion changed since the caller saw {@code seenVersion}.
	 */
	MarkSuggestion dismiss(long suggestionId, long seenVersion, String reason, Principal actor);
}
