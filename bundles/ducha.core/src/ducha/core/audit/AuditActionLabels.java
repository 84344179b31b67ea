package ducha.core.audit;

/**
 * The label of an audit action from the installed plugins' {@link AuditActions}: what the audit view and the
 * command line show for an entry's action.
 */
public interface AuditActionLabels {

	/** The label of the action, or the action's id when no installed plugin declares it. */
	String label(String action);

	/**
	 * The action a text typed into a filter names: the id of the action whose label it is (标记案件 → cases.mark),
	 * else the text itself, taken as (the beginning of) an id.
	 */
	String actionNamed(String text);
}
