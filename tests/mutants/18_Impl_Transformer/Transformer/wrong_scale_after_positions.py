# 위치 인코딩을 더한 뒤에 sqrt(d_model)을 곱한다 (위치 인코딩까지 커짐)
class Transformer(nn.Module):
    """인코더-디코더 Transformer (Vaswani et al., 2017). post-LN, 어휘 하나를 소스·타깃이 공유합니다.

    구성 (주어진 ``__init__``이 만듭니다. 채점이 이 이름들을 씁니다):
        embed: ``nn.Embedding(vocab_size, d_model)``, 소스와 타깃이 함께 쓰는 임베딩 행렬 E (V, d_model).
        pos: ``PositionalEncoding(d_model, max_len, dropout)``: 위치 인코딩을 더하고 드롭아웃.
        encoder_layers: ``EncoderLayer`` ``n_layers``개의 ``nn.ModuleList``.
        decoder_layers: ``DecoderLayer`` ``n_layers``개의 ``nn.ModuleList``.
        generator: ``nn.Linear(d_model, vocab_size, bias=False)``, 로짓 = h @ E^T.
            **가중치를 ``embed.weight``와 같은 ``nn.Parameter`` 객체로 묶습니다** (논문 3.4절).
        d_model, pad_idx: 생성자 인자 그대로.

    초기화: 묶은 뒤 E ~ N(0, 1 / d_model), 나머지 2차원 이상 파라미터는 Xavier 균등분포.

    Args:
        vocab_size: 어휘 크기 V.
        d_model: 모델 차원.
        n_heads: 헤드 수.
        n_layers: 인코더 층 수 = 디코더 층 수 N.
        d_ff: 피드포워드 은닉 차원.
        dropout: 드롭아웃 확률 (위치 인코딩 뒤, 부층 출력, 어텐션 가중치, 피드포워드 안쪽).
        pad_idx: 패딩 토큰 번호 (``forward``가 마스크를 만들 때 씀).
        max_len: 위치 인코딩 표의 길이 (다룰 수 있는 가장 긴 수열).
    """

    def __init__(
        self,
        vocab_size: int,
        d_model: int = 64,
        n_heads: int = 4,
        n_layers: int = 2,
        d_ff: int = 256,
        dropout: float = 0.1,
        pad_idx: int = PAD,
        max_len: int = 64,
    ):
        super().__init__()
        self.d_model, self.pad_idx = d_model, pad_idx
        self.embed = nn.Embedding(vocab_size, d_model)
        self.pos = PositionalEncoding(d_model, max_len, dropout)
        self.encoder_layers = nn.ModuleList(
            EncoderLayer(d_model, n_heads, d_ff, dropout) for _ in range(n_layers)
        )
        self.decoder_layers = nn.ModuleList(
            DecoderLayer(d_model, n_heads, d_ff, dropout) for _ in range(n_layers)
        )
        self.generator = nn.Linear(d_model, vocab_size, bias=False)
        # (1) 출력 층과 임베딩이 같은 가중치 행렬을 쓰도록 묶으세요 (논문 3.4절).
        self.generator.weight = self.embed.weight
        for p in self.parameters():  # 묶인 행렬은 한 번만 나옵니다
            if p.dim() > 1 and p is not self.embed.weight:
                nn.init.xavier_uniform_(p)
        nn.init.normal_(self.embed.weight, mean=0.0, std=d_model**-0.5)

    def embed_tokens(self, tokens: torch.Tensor) -> torch.Tensor:
        """(2) 토큰 임베딩 x sqrt(d_model) + 위치 인코딩, 그리고 드롭아웃 (논문 3.4절, 3.5절).

        Args:
            tokens: (B, T), int64.

        Returns:
            ``self.pos(self.embed(tokens) * sqrt(d_model))``, 모양 (B, T, d_model).
        """
        return self.pos(self.embed(tokens)) * math.sqrt(self.d_model)

    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> torch.Tensor:
        """(3) 인코더: ``embed_tokens(src)``를 인코더 층들에 차례로 통과시킵니다.

        Args:
            src: 소스 토큰, (B, S), int64.
            src_mask: bool (B, 1, 1, S), True = 참조 가능.

        Returns:
            memory, (B, S, d_model).
        """
        x = self.embed_tokens(src)  # (B, S, d_model)
        for layer in self.encoder_layers:
            x = layer(x, src_mask)
        return x

    def decode(
        self, tgt: torch.Tensor, memory: torch.Tensor, src_mask: torch.Tensor, tgt_mask: torch.Tensor
    ) -> torch.Tensor:
        """(4) 디코더: ``embed_tokens(tgt)`` → 디코더 층들 → ``generator``.

        Args:
            tgt: 디코더 입력 토큰, (B, T), int64.
            memory: 인코더 출력, (B, S, d_model).
            src_mask: bool (B, 1, 1, S), True = 참조 가능.
            tgt_mask: bool (B, 1, T, T), True = 참조 가능.

        Returns:
            다음 토큰의 로짓 (softmax 전), (B, T, vocab_size).
        """
        x = self.embed_tokens(tgt)  # (B, T, d_model)
        for layer in self.decoder_layers:
            x = layer(x, memory, src_mask, tgt_mask)
        return self.generator(x)  # (B, T, V)

    def forward(self, src: torch.Tensor, tgt: torch.Tensor) -> torch.Tensor:
        """(5) 교사 강요 순전파: ``make_src_mask(src, pad_idx)``, ``make_tgt_mask(tgt, pad_idx)``로 마스크를 만들고
        ``decode(tgt, encode(src, src_mask), src_mask, tgt_mask)``를 돌려줍니다.

        Args:
            src: (B, S), int64.
            tgt: 디코더 입력 (예: ``tgt_full[:, :-1]``), (B, T), int64.

        Returns:
            로짓, (B, T, vocab_size). 위치 t의 로짓은 ``tgt[:, : t + 1]``과 ``src``에만 의존합니다.
        """
        src_mask = make_src_mask(src, self.pad_idx)  # (B, 1, 1, S)
        tgt_mask = make_tgt_mask(tgt, self.pad_idx)  # (B, 1, T, T)
        return self.decode(tgt, self.encode(src, src_mask), src_mask, tgt_mask)
