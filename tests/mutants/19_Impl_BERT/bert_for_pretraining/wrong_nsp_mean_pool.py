# NSP에 [CLS] 대신 모든 위치의 평균을 쓴다
class BertForPreTraining(nn.Module):
    """사전학습용 BERT: 임베딩 → Transformer 인코더 → MLM 머리 + NSP 머리 (Devlin et al., 2018).

    구조 (하위 모듈 이름이 곧 약속입니다; 채점은 이 이름으로 매개변수를 읽습니다):
        embeddings: 연습 2의 BertEmbeddings(vocab_size, hidden, max_len, type_vocab_size, eps, dropout)
        encoder: nn.TransformerEncoder(nn.TransformerEncoderLayer(hidden, num_heads, intermediate, dropout,
            activation="gelu", layer_norm_eps=eps, batch_first=True, norm_first=False), num_layers)
            (BERT와 같은 Post-LN, GELU. 직접 만들지 말고 torch의 모듈을 쓰세요. 마지막 LayerNorm(norm=...)은
            없습니다. enable_nested_tensor=False를 주면 eval 모드에서 중첩 텐서 경고가 나지 않습니다.)
        mlm_dense: nn.Linear(hidden, hidden),  mlm_norm: nn.LayerNorm(hidden, eps=eps)
        mlm_decoder: nn.Linear(hidden, vocab_size). 가중치는 embeddings.word_embeddings.weight와
            **같은 nn.Parameter 객체**(가중치 묶기)이고, 편향 (vocab_size,)은 따로 학습합니다.
        pooler: nn.Linear(hidden, hidden),  nsp_head: nn.Linear(hidden, 2)

    계산 (h = encode(...)의 출력, GELU는 erf를 쓰는 정확한 형태 F.gelu):
        mlm_logits = mlm_decoder(mlm_norm(gelu(mlm_dense(h))))            (B, T, V)
        nsp_logits = nsp_head(tanh(pooler(h[:, 0])))                        (B, 2): [CLS] 위치의 출력만 씀
    nsp_logits의 열 0은 IsNext(B가 A에 이어짐), 열 1은 NotNext입니다.

    Args:
        vocab_size: 어휘 크기 V.
        hidden: 은닉 차원 H.
        num_layers: 인코더 층 수 L.
        num_heads: 어텐션 헤드 수 (hidden의 약수).
        intermediate: FFN의 은닉 크기 (BERT는 4H).
        max_len: 최대 길이.
        type_vocab_size: 세그먼트 종류의 수.
        dropout: 임베딩과 인코더의 드롭아웃 확률.
        eps: 모든 LayerNorm의 eps.
    """

    def __init__(
        self,
        vocab_size: int,
        hidden: int,
        num_layers: int,
        num_heads: int,
        intermediate: int,
        max_len: int,
        type_vocab_size: int = 2,
        dropout: float = 0.1,
        eps: float = 1e-12,
    ):
        super().__init__()
        self.embeddings = BertEmbeddings(vocab_size, hidden, max_len, type_vocab_size, eps, dropout)
        layer = nn.TransformerEncoderLayer(
            hidden,
            num_heads,
            intermediate,
            dropout,
            activation="gelu",
            layer_norm_eps=eps,
            batch_first=True,
            norm_first=False,
        )
        self.encoder = nn.TransformerEncoder(layer, num_layers, enable_nested_tensor=False)
        self.mlm_dense = nn.Linear(hidden, hidden)
        self.mlm_norm = nn.LayerNorm(hidden, eps=eps)
        self.mlm_decoder = nn.Linear(hidden, vocab_size)
        self.mlm_decoder.weight = self.embeddings.word_embeddings.weight  # 가중치 묶기: 같은 Parameter
        self.pooler = nn.Linear(hidden, hidden)
        self.nsp_head = nn.Linear(hidden, 2)

    def encode(
        self,
        input_ids: torch.Tensor,
        token_type_ids: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
    ) -> torch.Tensor:
        """임베딩과 인코더를 거친 마지막 층의 은닉 상태 h를 돌려줍니다.

        Args:
            input_ids: (B, T) int64.
            token_type_ids: (B, T) int64 또는 None (모두 0).
            attention_mask: (B, T) torch.bool 또는 None. **True = 실제 토큰(참조함), False = 패딩**
                (F.scaled_dot_product_attention과 Hugging Face의 attention_mask와 같은 뜻;
                nn.TransformerEncoder의 src_key_padding_mask는 반대로 True = 가림입니다).
                None이면 모든 위치를 봅니다.

        Returns:
            (B, T, H) 텐서. 패딩 위치의 값은 정하지 않습니다 (실제 토큰 위치만 채점합니다).
        """
        x = self.embeddings(input_ids, token_type_ids)  # (B, T, H)
        padding = None if attention_mask is None else ~attention_mask  # True = 가림
        return self.encoder(x, src_key_padding_mask=padding)  # (B, T, H)

    def forward(
        self,
        input_ids: torch.Tensor,
        token_type_ids: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """MLM 로짓과 NSP 로짓을 계산합니다 (인자는 encode와 같습니다).

        Returns:
            (mlm_logits, nsp_logits): (B, T, V)와 (B, 2) 텐서.
        """
        h = self.encode(input_ids, token_type_ids, attention_mask)  # (B, T, H)
        mlm_logits = self.mlm_decoder(self.mlm_norm(F.gelu(self.mlm_dense(h))))  # (B, T, V)
        nsp_logits = self.nsp_head(torch.tanh(self.pooler(h.mean(dim=1))))  # (B, 2): [CLS]
        return mlm_logits, nsp_logits
