package ducha.core.internal.directory;

import java.util.List;

import ducha.core.directory.Department;
import ducha.core.directory.ImportSummary;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;

/**
 * The directory's bulk upserts with the file they came from, so that the ledger kinds write one audit entry
 * naming the file. Internal service of this bundle.
 */
public interface DirectoryImporter {

	ImportSummary importDepartments(List<Department> departments, Principal actor, String source);

	ImportSummary importStaff(List<Staff> staff, Principal actor, String source);
}
