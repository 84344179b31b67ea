package ducha.study.internal.cli;

import java.io.PrintWriter;

import org.eclipse.osgi.util.NLS;

import ducha.cli.RequiresPermission;
import ducha.core.security.Principal;
import ducha.study.Paper;
import ducha.study.PaperQuestion;
import ducha.study.Question;
import ducha.study.StudyPermissions;
import ducha.study.StudyTest;
import ducha.study.TestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ducha-cli study paper --test CODE}: the test's drawn paper, questions with options, then the key. */
@Command(name = "paper")
@RequiresPermission(StudyPermissions.TESTS_MANAGE)
final class PaperCommand extends StudyCommand {

	private final TestService tests;

	@Option(names = "--test", required = true, paramLabel = "CODE", descriptionKey = "tests.test")
	String test;

	PaperCommand(TestService tests) {
		this.tests = tests;
	}

	@Override
	int run(Principal actor, PrintWriter out) {
		Paper paper = tests.paper(test, actor);
		StudyTest t = tests.test(test).orElseThrow();
		out.println(t.title());
		out.println(NLS.bind(Messages.paperHeader, new Object[] { t.code(), t.totalPoints(), t.passMark(), t.seed() }));
		for (PaperQuestion q : paper.questions()) {
			out.println();
			out.println(q.number() + ". [" + q.question().type().label() + " " + q.question().points() + "] "
					+ q.question().text());
			for (int i = 0; i < q.options().size(); i++) {
				out.println("   " + Question.letter(i) + ". " + q.options().get(i));
			}
		}
		out.println();
		out.println(Messages.paperKey);
		for (PaperQuestion q : paper.questions()) {
			out.println(q.number() + ". " + q.answer());
		}
		return 0;
	}
}
