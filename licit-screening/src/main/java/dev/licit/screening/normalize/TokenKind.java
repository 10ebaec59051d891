package dev.licit.screening.normalize;

/**
 * What a word contributes to a name's identity. Weights say how much a word counts when two names
 * are compared: a distinctive word ("huawei") decides, a generic business word ("technologies") or a
 * place helps, a legal form ("Co., Ltd.") barely counts but is kept, so that "GmbH" against "Ltd" is
 * still visible in an explanation.
 */
public enum TokenKind {
    NAME(1.0),
    NUMBER(0.8),
    LOCATION(0.5),
    GENERIC(0.45),
    INITIAL(0.35),
    STOP(0.1),
    FORM(0.05);

    private final double weight;

    TokenKind(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}
