package ducha.core.internal.audit;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import ducha.core.audit.AuditActionLabels;
import ducha.core.audit.AuditActions;

/**
 * Asks every registered {@link AuditActions} on each call, as the authorization service asks the permission
 * providers, so that a plugin installed or removed at run time changes the words at once.
 */
@Component
public class DefaultAuditActionLabels implements AuditActionLabels {

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile List<AuditActions> contributions;

	@Override
	public String label(String action) {
		List<AuditActions> current = contributions;
		if (action == null || current == null) {
			return action;
		}
		for (AuditActions actions : current) {
			String label = actions.labels().get(action);
			if (label != null) {
				return label;
			}
		}
		return action;
	}

	@Override
	public String actionNamed(String text) {
		List<AuditActions> current = contributions;
		if (text == null || current == null) {
			return text;
		}
		for (AuditActions actions : current) {
			for (Map.Entry<String, String> entry : actions.labels().entrySet()) {
				if (entry.getValue().equals(text.strip())) {
					return entry.getKey();
				}
			}
		}
		return text;
	}
}
