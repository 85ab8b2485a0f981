"""The learned router: static token embeddings plus cheap signals, a logistic model, training.

- tokens.py: the distilled token table (all-MiniLM-L6-v2's input embeddings, PCA to 64 dims,
  int8) and the WordPiece tokenizer, shipped in routing/data/;
- features.py: one request text -> feature vector;
- logistic.py: the logistic model fitted by Newton's method (numpy only);
- metrics.py: APGR, CPT, AUC as RouteLLM defines them;
- labels.py / training.py: `meshroute router train` (labels -> a new model file).
"""
