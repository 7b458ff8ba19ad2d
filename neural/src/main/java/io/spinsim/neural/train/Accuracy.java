package io.spinsim.neural.train;

/**
 * Test result of a classifier.
 *
 * @param accuracy  fraction of correctly classified images
 * @param confusion confusion[true class][predicted class] counts
 */
public record Accuracy(double accuracy, int[][] confusion) {

    public String confusionCsv() {
        StringBuilder sb = new StringBuilder("true\\predicted");
        for (int j = 0; j < confusion.length; j++) {
            sb.append(',').append(j);
        }
        sb.append('\n');
        for (int i = 0; i < confusion.length; i++) {
            sb.append(i);
            for (int j = 0; j < confusion[i].length; j++) {
                sb.append(',').append(confusion[i][j]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
