package ducha.petitions.internal;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.audit.AuditLog;
import ducha.core.directory.DirectoryService;
import ducha.core.security.AuthorizationService;
import ducha.core.security.UserService;

/**
 * What every service of the plugin works with: its persistence unit, the platform's authorization, directory and
 * audit log, and the petitions' access rules over them. One component, so that each service names one reference
 * instead of the same four.
 */
@Component(service = PetitionsUnit.class)
public class PetitionsUnit {

	@Reference(target = "(osgi.unit.name=ducha.petitions)")
	private EntityManagerFactory emf;

	@Reference
	private AuthorizationService authorization;

	@Reference
	private DirectoryService directory;

	@Reference
	private AuditLog audit;

	@Reference
	private UserService users;

	EntityManagerFactory emf() {
		return emf;
	}

	AuthorizationService authorization() {
		return authorization;
	}

	DirectoryService directory() {
		return directory;
	}

	AuditLog audit() {
		return audit;
	}

	PetitionAccess access() {
		return new PetitionAccess(authorization, directory, users);
	}
}
