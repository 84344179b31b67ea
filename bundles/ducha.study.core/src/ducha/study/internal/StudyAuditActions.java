package ducha.study.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;

import ducha.core.audit.AuditActions;

/** The words for the audit actions this plugin records (audit_actions*.properties), shown by the audit view. */
@Component
public class StudyAuditActions implements AuditActions {

	private static final Map<String, String> LABELS = AuditActions.fromProperties(StudyAuditActions.class);

	@Override
	public Map<String, String> labels() {
		return LABELS;
	}
}
