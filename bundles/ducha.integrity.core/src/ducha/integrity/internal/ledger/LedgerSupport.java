package ducha.integrity.internal.ledger;

import ducha.integrity.internal.jpa.IntegrityUnit;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.audit.AuditLog;
import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.security.AuthorizationService;
import ducha.integrity.internal.archive.ArchiveAccess;

/** The services every integrity ledger kind needs, in one component so the kinds stay small. */
@Component(service = LedgerSupport.class)
public class LedgerSupport {

	@Reference(target = IntegrityUnit.TARGET)
	EntityManagerFactory emf;

	@Reference
	AuthorizationService authorization;

	@Reference
	AuditLog audit;

	@Reference
	DirectoryService directory;

	@Reference
	ArchiveAccess access;

	/** Department codes by code and by name (codes win over a name that equals a code). */
	Map<String, String> departmentCodes() {
		Map<String, String> codes = new HashMap<>();
		for (Department d : directory.departments()) {
			codes.put(d.name(), d.code());
		}
		directory.departments().forEach(d -> codes.put(d.code(), d.code()));
		return codes;
	}
}
