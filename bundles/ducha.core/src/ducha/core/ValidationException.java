package ducha.core;

import java.util.List;

/** Input that breaks a rule of the domain; every problem found is listed, not just the first. */
public class ValidationException extends DuchaException {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public ValidationException(List<String> problems) {
		super(String.join("\n", problems));
		this.problems = List.copyOf(problems);
	}

	public ValidationException(String problem) {
		this(List.of(problem));
	}

	public List<String> problems() {
		return problems;
	}
}
