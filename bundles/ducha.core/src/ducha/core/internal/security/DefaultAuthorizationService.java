package ducha.core.internal.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import ducha.core.Language;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.AuthorizationService;
import ducha.core.security.PermissionGrant;
import ducha.core.security.PermissionProvider;
import ducha.core.security.Principal;

/**
 * Decides from the grants of every registered {@link PermissionProvider}, looked up on each call so that a plugin
 * installed or removed at run time changes the answer at once.
 */
@Component
public class DefaultAuthorizationService implements AuthorizationService {

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile List<PermissionProvider> providers;

	@Override
	public boolean isPermitted(Principal principal, String permissionId) {
		if (principal == null || permissionId == null) {
			return false;
		}
		for (PermissionGrant grant : grants()) {
			if (grant.permission().id().equals(permissionId)
					&& grant.roles().stream().anyMatch(principal::has)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void check(Principal principal, String permissionId) {
		if (!isPermitted(principal, permissionId)) {
			String who = principal == null ? Messages.Authorization_anonymous : principal.username();
			// the user reads what the permission allows, not its id; the command line adds the id for administrators
			throw new AccessDeniedException(Language.format(Messages.Authorization_denied, who, label(permissionId)),
					permissionId);
		}
	}

	@Override
	public boolean canSeeDepartment(Principal principal, String departmentCode) {
		return principal != null && departmentCode != null && principal.scope().includes(departmentCode);
	}

	@Override
	public Collection<PermissionGrant> grants() {
		List<PermissionProvider> current = providers;
		List<PermissionGrant> all = new ArrayList<>();
		if (current != null) {
			current.forEach(p -> all.addAll(p.grants()));
		}
		return all;
	}

	@Override
	public String label(String permissionId) {
		return grants().stream().filter(g -> g.permission().id().equals(permissionId)).findFirst()
				.map(g -> g.permission().label()).orElse(Messages.Authorization_unknownPermission);
	}
}
