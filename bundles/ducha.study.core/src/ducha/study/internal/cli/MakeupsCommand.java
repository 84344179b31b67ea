package ducha.study.internal.cli;

import java.io.PrintWriter;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.cli.RequiresPermission;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.security.Principal;
import ducha.study.StudyPermissions;
import ducha.study.TestResult;
import ducha.study.TestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ducha-cli study makeups --test CODE}: who must sit the make-up (tab-separated), then the count. */
@Command(name = "makeups")
@RequiresPermission(StudyPermissions.TESTS_MANAGE)
final class MakeupsCommand extends StudyCommand {

	private final TestService tests;
	private final DirectoryService directory;

	@Option(names = "--test", required = true, paramLabel = "CODE", descriptionKey = "tests.test")
	String test;

	MakeupsCommand(TestService tests, DirectoryService directory) {
		this.tests = tests;
		this.directory = directory;
	}

	@Override
	int run(Principal actor, PrintWriter out) {
		List<TestResult> list = tests.makeupList(test, actor);
		DepartmentNames departments = directory.departmentNames();
		out.println(Messages.makeupsHeader);
		for (TestResult r : list) {
			String department = r.departmentCode().isEmpty() ? "" : departments.name(r.departmentCode());
			out.println(r.staffNo() + "\t" + r.name() + "\t" + department + "\t"
					+ (r.absent() ? Messages.absent : String.valueOf(r.score())));
		}
		out.println(NLS.bind(Messages.makeupsSummary, test, list.size()));
		return 0;
	}
}
