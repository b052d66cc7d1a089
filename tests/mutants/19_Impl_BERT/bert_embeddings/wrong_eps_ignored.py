# eps 인자를 LayerNorm에 넘기지 않는다 (기본값 1e-5)
class BertEmbeddings(nn.Module):
    """BERT의 입력 임베딩: 토큰 + 위치 + 세그먼트(토큰 유형) 임베딩의 합 → LayerNorm → 드롭아웃.

        E = dropout(LayerNorm(W_tok[input_ids] + W_pos[0, 1, ..., T - 1] + W_seg[token_type_ids]))

    하위 모듈 이름 (Hugging Face BertEmbeddings와 같음; 채점은 이 이름으로 매개변수를 읽습니다):
        word_embeddings: nn.Embedding(vocab_size, hidden)
        position_embeddings: nn.Embedding(max_len, hidden)  (학습하는 절대 위치, 위치는 0부터)
        token_type_embeddings: nn.Embedding(type_vocab_size, hidden)
        LayerNorm: nn.LayerNorm(hidden, eps=eps)
        dropout: nn.Dropout(dropout)
    초기화는 자유입니다 (nn.Embedding 기본값이어도 됩니다).

    Args:
        vocab_size: 어휘 크기 V.
        hidden: 임베딩 차원 H.
        max_len: 처리할 수 있는 최대 길이 (위치 임베딩 표의 행 수).
        type_vocab_size: 세그먼트 종류의 수 (문장 A = 0, 문장 B = 1).
        eps: LayerNorm의 eps (BERT는 1e-12).
        dropout: 드롭아웃 확률 (BERT는 0.1).
    """

    def __init__(
        self,
        vocab_size: int,
        hidden: int,
        max_len: int,
        type_vocab_size: int = 2,
        eps: float = 1e-12,
        dropout: float = 0.1,
    ):
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab_size, hidden)
        self.position_embeddings = nn.Embedding(max_len, hidden)
        self.token_type_embeddings = nn.Embedding(type_vocab_size, hidden)
        self.LayerNorm = nn.LayerNorm(hidden)
        self.dropout = nn.Dropout(dropout)

    def forward(self, input_ids: torch.Tensor, token_type_ids: torch.Tensor | None = None) -> torch.Tensor:
        """임베딩을 계산합니다.

        Args:
            input_ids: (B, T) int64 토큰 id, T <= max_len.
            token_type_ids: (B, T) int64 세그먼트 id, 또는 None (None이면 모두 0 = 문장 A).

        Returns:
            (B, T, H) 실수 텐서 (input_ids와 같은 장치).
        """
        B, T = input_ids.shape
        if token_type_ids is None:
            token_type_ids = torch.zeros_like(input_ids)
        positions = torch.arange(T, device=input_ids.device)  # (T,)
        x = (
            self.word_embeddings(input_ids)  # (B, T, H)
            + self.position_embeddings(positions)[None]  # (1, T, H)
            + self.token_type_embeddings(token_type_ids)  # (B, T, H)
        )
        return self.dropout(self.LayerNorm(x))  # (B, T, H)
