package ducha.core.internal.audit;

import java.util.Map;

import org.osgi.service.component.annotations.Component;

import ducha.core.audit.AuditActions;

/** The platform's audit actions: accounts, the staff directory, supervisors, attachments, plugins, keys. */
@Component
public class CoreAuditActions implements AuditActions {

	private static final Map<String, String> LABELS = AuditActions.fromProperties(CoreAuditActions.class);

	@Override
	public Map<String, String> labels() {
		return LABELS;
	}
}
