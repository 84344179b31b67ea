package ducha.cli;
