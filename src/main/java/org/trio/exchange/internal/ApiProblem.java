package org.trio.exchange.internal;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** An error of the API, answered as an RFC 9457 problem detail with a French detail. */
class ApiProblem extends RuntimeException {

    private final ProblemDetail problem;

    ApiProblem(HttpStatus status, String title, String detail) {
        super(detail, null, false, false);
        this.problem = ProblemDetail.forStatusAndDetail(status, detail);
        this.problem.setTitle(title);
    }

    static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Introuvable", detail);
    }

    /** A record or file refused, with each error (row, column, value, reason) in {@code errors}. */
    static ApiProblem invalidRecord(List<ApiController.Issue> errors) {
        ApiProblem problem = new ApiProblem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "Fiche refusée",
                errors.size() == 1
                        ? "La fiche a une erreur : " + errors.get(0).field() + " : "
                                + errors.get(0).reason() + "."
                        : "La fiche a " + errors.size() + " erreurs : voir « errors ». Rien n'a été enregistré.");
        problem.problem.setProperty("errors", errors);
        return problem;
    }

    ProblemDetail problem() {
        return problem;
    }
}
