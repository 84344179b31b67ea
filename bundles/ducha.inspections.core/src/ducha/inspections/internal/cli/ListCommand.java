package ducha.inspections.internal.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli inspections list --month YYYY-MM}: the month's inspections the account may see (an unannounced
 * one not yet closed only for the office), one per line, tab-separated, the inspectors by name.
 */
@Command(name = "list")
final class ListCommand extends InspectionsCommand {

	private final InspectionService inspections;
	private final DirectoryService directory;

	@Option(names = "--month", required = true, paramLabel = "YYYY-MM")
	String month;

	ListCommand(InspectionService inspections, DirectoryService directory) {
		this.inspections = inspections;
		this.directory = directory;
	}

	@Override
	int run(Principal actor, PrintWriter out) {
		YearMonth chosen;
		try {
			chosen = YearMonth.parse(month.strip());
		} catch (DateTimeParseException e) {
			throw new ValidationException(NLS.bind(Messages.cliBadMonth, month));
		}
		List<Inspection> found = inspections.inspections(Period.month(chosen), actor);
		DepartmentNames names = directory.departmentNames();
		out.println(Messages.cliListHeader);
		for (Inspection i : found) {
			out.println(String.join("\t", i.inspectionNo(), i.at().toString().replace('T', ' '), i.kind().label(),
					i.mode().label(), i.source().label(), String.join("、", i.departments().stream().map(names::name)
							.toList()), i.inspectorNames(this::staffName), i.closed() ? i.closedOn().toString() : ""));
		}
		out.println(NLS.bind(Messages.cliListTotal, found.size()));
		return 0;
	}

	private String staffName(String staffNo) {
		return directory.staff(staffNo).map(Staff::name).orElse(staffNo);
	}
}
