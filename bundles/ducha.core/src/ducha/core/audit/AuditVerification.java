package ducha.core.audit;

/**
 * The result of walking the audit chain from its first entry to its head.
 *
 * @param entries   how many entries were checked
 * @param headHash  the hash of the last entry: noted down outside the database now and then, it shows later that
 *                  no entry was removed from the end (a chain alone cannot show that)
 * @param brokenId  id of the first entry that does not match, null when the chain is intact (or when what is
 *                  wrong is the head, after the last entry)
 * @param brokenSeq its position in the chain, null when intact
 * @param problem   what does not match, in the user's language; null when intact
 */
public record AuditVerification(long entries, String headHash, Long brokenId, Long brokenSeq, String problem) {

	public boolean intact() {
		return problem == null;
	}
}
